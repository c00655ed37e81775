package org.rehabpath.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabpath.RehabPathwayApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules (the packages under {@code org.rehabpath}) depend one way: no cycle, the base uses no
 * other module, the platform only the base and itself; and the module diagram in
 * {@code docs/modules.md} is the one the code has. A new import against the grain fails here with the
 * classes that make it.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(RehabPathwayApplication.class);
  static final Path DIAGRAM = Path.of("docs/modules.md");
  static final String BEGIN = "```mermaid";
  static final String END = "```";

  /** The base: what every module may use, and that uses no other module. */
  static final String[] BASE = {"org.rehabpath.web..", "org.rehabpath.variables..", "org.rehabpath.csv..",
      "org.rehabpath.forms.."};
  /** The platform the features run on: it uses the base and itself only. */
  static final String[] PLATFORM = {"org.rehabpath.security..", "org.rehabpath.models..", "org.rehabpath.engine.."};

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.rehabpath");

  @Test
  void modulesDependOneWay() {
    MODULES.verify();
  }

  @Test
  void theBaseUsesNoOtherModule() {
    noClasses().that().resideInAnyPackage(BASE)
        .should().dependOnClassesThat(resideInOtherModulesThan(BASE))
        .check(CLASSES);
  }

  @Test
  void thePlatformUsesTheBaseOnly() {
    String[] basePlatform = java.util.stream.Stream.concat(Arrays.stream(BASE), Arrays.stream(PLATFORM))
        .toArray(String[]::new);
    noClasses().that().resideInAnyPackage(PLATFORM)
        .should().dependOnClassesThat(resideInOtherModulesThan(basePlatform))
        .check(CLASSES);
  }

  /** Classes of the project's modules, but not of these nor the application class itself. */
  private static DescribedPredicate<JavaClass> resideInOtherModulesThan(String... packages) {
    var within = JavaClass.Predicates.resideInAnyPackage(packages);
    return DescribedPredicate.describe("are of another module than " + Arrays.toString(packages),
        type -> type.getPackageName().startsWith("org.rehabpath.") && !within.test(type));
  }

  /**
   * Camunda's implementation classes (any {@code impl} package of Camunda's) are named in the engine
   * module only, so that a move to another Camunda 7 line touches one module. The exceptions are
   * named: the authentication that the public {@code IdentityService} hands out and takes, the REST
   * API's basic-authentication provider that Camunda's documentation names for its filter, and the
   * webapps' own session login, which the dashboard shares (Camunda offers no public type for it).
   * The application's code only: tests may reach into the engine (its clock, its configuration).
   */
  @Test
  void onlyTheEngineModuleUsesCamundasInternalClasses() {
    noClasses().that().resideOutsideOfPackage("org.rehabpath.engine..")
        .should().dependOnClassesThat(
            DescribedPredicate.describe("are Camunda's internal classes",
                type -> type.getPackageName().startsWith("org.camunda.")
                    && (type.getPackageName().contains(".impl.") || type.getPackageName().endsWith(".impl"))
                    && !NAMED_EXCEPTIONS.contains(type.getName())
                    && !type.getPackageName().equals("org.camunda.bpm.webapp.impl.security.auth")))
        .check(CLASSES);
  }

  static final java.util.Set<String> NAMED_EXCEPTIONS = java.util.Set.of(
      "org.camunda.bpm.engine.impl.identity.Authentication",
      "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider");

  @Test
  void theModuleDiagramInTheDocsIsTheOneTheCodeHas() throws IOException {
    String expected = diagram();
    String docs = Files.readString(DIAGRAM);
    int begin = docs.indexOf(BEGIN);
    int end = docs.indexOf(END, begin + BEGIN.length());
    String actual = begin < 0 || end < 0 ? "" : docs.substring(begin, end + END.length());
    if (!actual.equals(expected)) {
      Files.writeString(Path.of("target/modules.mermaid"), expected);
    }
    List<String> documented = List.of(actual.split("\n"));
    List<String> inTheCode = List.of(expected.split("\n"));
    assertThat(documented)
        .as("docs/modules.md's diagram against the code's (written to target/modules.mermaid): arrows the"
            + " code has and the docs lack %s, arrows the docs have and the code lacks %s",
            inTheCode.stream().filter(line -> !documented.contains(line)).toList(),
            documented.stream().filter(line -> !inTheCode.contains(line)).toList())
        .containsExactlyElementsOf(inTheCode);
  }

  /** The modules and their direct dependencies as a Mermaid graph, sorted so that it is stable. */
  static String diagram() {
    String edges = MODULES.stream()
        .sorted(Comparator.comparing(ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
        .flatMap(module -> module.getDirectDependencies(MODULES).uniqueModules()
            .map(target -> target.getIdentifier().toString())
            .sorted()
            .map(target -> "  " + module.getIdentifier() + " --> " + target))
        .collect(Collectors.joining("\n"));
    return BEGIN + "\ngraph TD\n" + edges + "\n" + END;
  }
}
