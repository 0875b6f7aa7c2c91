package dev.sko.rules.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The report writers sit on top of the engine and stand alone. */
@AnalyzeClasses(packages = "dev.sko.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

  @ArchTest
  static final ArchRule the_engine_does_not_know_the_report_writers =
      noClasses()
          .that()
          .resideInAnyPackage("dev.sko.rules", "dev.sko.rules.catalog..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.sko.rules.report..")
          .as("the engine and the catalogue do not depend on the report writers")
          .because("reports are one way to show findings, built on the engine's public API");

  @ArchTest
  static final ArchRule the_report_writers_need_no_json_library =
      noClasses()
          .that()
          .resideInAPackage("dev.sko.rules.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml..", "com.google.gson..", "jakarta.json..", "org.json..")
          .as("the report writers use no JSON library")
          .because("sko-rules adds no dependency for them; they escape JSON themselves");

  @ArchTest
  static final ArchRule the_report_writers_do_not_know_the_catalogue =
      noClasses()
          .that()
          .resideInAPackage("dev.sko.rules.report..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.sko.rules.catalog..")
          .as("the report writers describe any rules they are given, built-in or not");
}
