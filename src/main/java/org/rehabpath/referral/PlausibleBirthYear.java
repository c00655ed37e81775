package org.rehabpath.referral;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

/** A birth year that makes the participant between 15 and 100 years old this year. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleBirthYear.Validator.class)
public @interface PlausibleBirthYear {
  String message() default "must make the participant between 15 and 100 years old";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PlausibleBirthYear, Integer> {
    @Override
    public boolean isValid(Integer year, ConstraintValidatorContext context) {
      if (year == null) {
        return true;
      }
      int age = Year.now().getValue() - year;
      return age >= 15 && age <= 100;
    }
  }
}
