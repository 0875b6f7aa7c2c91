package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sko.rules.Rule;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule lives in its own file named after its id: {@code sko.presentation.length-cap}
 * is the constant {@code RULE} of {@code dev.sko.rules.catalog.presentation.LengthCap}, in a
 * package per id area with a {@code package-info}.
 */
class RuleLayoutTest {
  private static final String CATALOG = "dev.sko.rules.catalog";

  /**
   * The class a rule with {@code id} must live in: the area's package, the name's UpperCamelCase.
   */
  static String expectedClass(String id) {
    String[] segments = id.split("\\.");
    assertThat(segments).as("id %s is sko.<area>.<name>", id).hasSize(3);
    assertThat(segments[0]).isEqualTo("sko");
    StringBuilder name = new StringBuilder();
    for (String word : segments[2].split("-")) {
      name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return CATALOG + "." + segments[1] + "." + name;
  }

  /** Every class of the catalogue that declares a rule constant, by the rule it declares. */
  private static Map<Rule, String> declaringClasses() throws ReflectiveOperationException {
    Map<Rule, String> declared = new IdentityHashMap<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CATALOG)) {
      List<JavaField> rules =
          c.getFields().stream()
              .filter(f -> f.getModifiers().contains(JavaModifier.STATIC))
              .filter(f -> f.getRawType().isEquivalentTo(Rule.class))
              .collect(Collectors.toList());
      assertThat(rules).as("rule constants of %s", c.getName()).hasSizeLessThanOrEqualTo(1);
      for (JavaField f : rules) {
        assertThat(f.getName()).as("the rule constant of %s", c.getName()).isEqualTo("RULE");
        assertThat(f.getModifiers())
            .contains(JavaModifier.PUBLIC, JavaModifier.STATIC, JavaModifier.FINAL);
        Rule rule = (Rule) Class.forName(c.getName()).getField("RULE").get(null);
        assertThat(declared.put(rule, c.getName())).as("%s declared twice", rule.id()).isNull();
      }
    }
    return declared;
  }

  @Test
  void every_catalogue_rule_is_the_RULE_of_the_class_its_id_names() throws Exception {
    Map<Rule, String> declared = declaringClasses();
    for (Rule rule : Catalog.rules()) {
      assertThat(declared.get(rule))
          .as("the class declaring %s", rule.id())
          .isEqualTo(expectedClass(rule.id()));
    }
    assertThat(declared.keySet())
        .as("every rule constant is in the catalogue")
        .containsExactlyInAnyOrderElementsOf(Catalog.rules());
  }

  @Test
  void every_area_package_has_a_package_info_that_says_what_it_covers() throws Exception {
    TreeSet<String> areas = new TreeSet<>();
    for (Rule rule : Catalog.rules()) {
      areas.add(rule.id().split("\\.")[1]);
    }
    for (String area : areas) {
      Class<?> info = Class.forName(CATALOG + "." + area + ".package-info");
      assertThat(info.getPackage().isAnnotationPresent(NullMarked.class))
          .as("package %s is @NullMarked", area)
          .isTrue();
    }
  }

  @Test
  void the_class_name_is_the_last_id_segment_in_upper_camel_case() {
    assertThat(expectedClass("sko.presentation.length-cap"))
        .isEqualTo("dev.sko.rules.catalog.presentation.LengthCap");
    assertThat(expectedClass("sko.measurement.day-30-review"))
        .isEqualTo("dev.sko.rules.catalog.measurement.Day30Review");
  }
}
