package org.rehabpath.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabpath.RehabPathwayApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules (the packages under {@code org.rehabpath}) depend one way, and the module diagram in
 * {@code docs/modules.md} is the one the code has. A new import that closes a cycle fails here with
 * the classes that close it.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(RehabPathwayApplication.class);
  static final Path DIAGRAM = Path.of("docs/modules.md");
  static final String BEGIN = "```mermaid";
  static final String END = "```";

  @Test
  void modulesDependOneWay() {
    MODULES.verify();
  }

  /**
   * Camunda's internal classes ({@code org.camunda.bpm.engine.impl}) are named in the engine module
   * only, so that a move to another Camunda 7 line touches one module. The one exception is the
   * authentication that the public {@code IdentityService} hands out and takes.
   */
  @Test
  void onlyTheEngineModuleUsesCamundasInternalClasses() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.rehabpath");
    noClasses().that().resideOutsideOfPackage("org.rehabpath.engine..")
        .should().dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe("are Camunda's internal classes",
                type -> type.getPackageName().startsWith("org.camunda.bpm.engine.impl")
                    && !type.getName().equals("org.camunda.bpm.engine.impl.identity.Authentication")))
        .check(classes);
  }

  @Test
  void theModuleDiagramInTheDocsIsTheOneTheCodeHas() throws IOException {
    String expected = diagram();
    String docs = Files.readString(DIAGRAM);
    int begin = docs.indexOf(BEGIN);
    int end = docs.indexOf(END, begin + BEGIN.length());
    String actual = begin < 0 || end < 0 ? "" : docs.substring(begin, end + END.length());
    if (!actual.equals(expected)) {
      Path written = Path.of("target/modules.mermaid");
      Files.writeString(written, expected);
    }
    assertThat(actual)
        .as("docs/modules.md's diagram; the one the code has is in target/modules.mermaid")
        .isEqualTo(expected);
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
