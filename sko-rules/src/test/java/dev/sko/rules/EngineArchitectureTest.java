package dev.sko.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sko.core.testing.ExportedApi;

/** The engine's boundaries, checked on its compiled classes. */
@AnalyzeClasses(packages = "dev.sko.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {
  private static final String ENGINE = "dev.sko.rules";

  @ArchTest
  static final ArchRule the_engine_does_not_know_the_catalogue =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ENGINE + ".catalog..")
          .as("the engine package dev.sko.rules does not depend on the catalogue")
          .because("the catalogue builds on the engine, never the other way round");

  /** Covers every package sko-rules exports: the engine, the catalogue and the report writers. */
  @ArchTest
  static final ArchRule public_signatures_do_not_mention_guava =
      ExportedApi.publicSignaturesMentionNoGuava();

  @ArchTest
  static final ArchRule generated_immutable_classes_are_not_public =
      classes()
          .that()
          .resideInAPackage(ENGINE)
          .and()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .notBePublic()
          .as("the classes Immutables generates for engine values are not public")
          .because("apps use the abstract value types and their nested builders");
}
