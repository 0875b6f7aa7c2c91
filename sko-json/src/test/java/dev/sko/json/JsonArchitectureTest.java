package dev.sko.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.ExportedApi;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where JSON lives: in sko-json only, mapped by hand, behind a one-package module. */
class JsonArchitectureTest {
  static final JavaClasses SKO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.sko.core", "dev.sko.json");

  @Test
  void sko_core_stays_free_of_jackson() {
    noClasses()
        .that()
        .resideInAPackage("dev.sko.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .as("sko-core depends on no Jackson class")
        .because("the domain is plain values; sko-json maps them")
        .check(SKO);
  }

  @Test
  void the_mapping_uses_no_reflection_and_no_databind_binding() {
    noClasses()
        .that()
        .resideInAPackage("dev.sko.json")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.lang.reflect..", "com.fasterxml.jackson.annotation..")
        .as("the plan mapping reflects on nothing and binds nothing by annotation")
        .because("every property is read and written by explicit code")
        .check(SKO);
  }

  @Test
  void sko_json_knows_no_rules() {
    noClasses()
        .that()
        .resideInAPackage("dev.sko.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.sko.rules..")
        .as("sko-json depends on sko-core only, not on the rule engine")
        .check(SKO);
  }

  @Test
  void public_signatures_do_not_mention_guava() {
    ExportedApi.publicSignaturesMentionNoGuava()
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sko.json"));
  }

  @Test
  void the_module_exports_only_its_api_package() throws Exception {
    Path classes =
        Path.of(PlanJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.sko.json");
    assertThat(
            descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactly("dev.sko.json");
    assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
        .contains("dev.sko.core", "com.fasterxml.jackson.core");
    assertThat(KickoffPlan.class.getModule().isNamed()).as("tests run on the class path").isFalse();
  }
}
