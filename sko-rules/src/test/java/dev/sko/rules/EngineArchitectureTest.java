package dev.sko.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** The engine's boundaries, checked on its compiled classes. */
@AnalyzeClasses(packages = "dev.sko.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {
  private static final String ENGINE = "dev.sko.rules";
  private static final String GUAVA = "com.google.common";

  /** A class other packages can reach: public, and nested only in such classes. */
  private static final DescribedPredicate<JavaClass> VISIBLE_OUTSIDE =
      DescribedPredicate.describe("visible outside the package", EngineArchitectureTest::isVisible);

  private static boolean isVisible(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return c.getEnclosingClass().map(EngineArchitectureTest::isVisible).orElse(true);
  }

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

  @ArchTest
  static final ArchRule public_engine_methods_and_constructors_take_and_return_no_guava_types =
      codeUnits()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(ENGINE)
          .and()
          .areDeclaredInClassesThat(VISIBLE_OUTSIDE)
          .and()
          .arePublic()
          .should(notMentionGuava())
          .as("public engine methods and constructors take and return no Guava types")
          .because("Guava may be used inside, but apps code against java.util types");

  @ArchTest
  static final ArchRule public_engine_fields_have_no_guava_types =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(ENGINE)
          .and()
          .areDeclaredInClassesThat(VISIBLE_OUTSIDE)
          .and()
          .arePublic()
          .should(haveNoGuavaType())
          .as("public engine fields have no Guava types")
          .because("Guava may be used inside, but apps code against java.util types");

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

  private static ArchCondition<JavaCodeUnit> notMentionGuava() {
    return new ArchCondition<>("not mention Guava types") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> types = new ArrayList<>();
        types.add(unit.getReturnType());
        types.addAll(unit.getParameterTypes());
        types.addAll(unit.getExceptionTypes());
        for (JavaType type : types) {
          for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (involved.getPackageName().startsWith(GUAVA)) {
              events.add(
                  SimpleConditionEvent.violated(
                      unit, unit.getFullName() + " mentions " + involved.getName()));
            }
          }
        }
      }
    };
  }

  private static ArchCondition<JavaField> haveNoGuavaType() {
    return new ArchCondition<>("have no Guava type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
          if (involved.getPackageName().startsWith(GUAVA)) {
            events.add(
                SimpleConditionEvent.violated(
                    field, field.getFullName() + " has type " + involved.getName()));
          }
        }
      }
    };
  }
}
