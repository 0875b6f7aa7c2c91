package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AudienceTest {

  static Stream<Arguments> pairs() {
    Audience everyone = Audience.everyone();
    Audience top = Audience.tier(Tier.TOP);
    Audience bottom = Audience.tier(Tier.BOTTOM);
    Audience managers = Audience.role(RepRole.MANAGER);
    Audience engineers = Audience.role(RepRole.SALES_ENGINEER);
    Audience emea = Audience.region("EMEA");
    Audience west = Audience.region("West");
    Audience partners = Audience.group("partners");
    Audience ent = Audience.group("ENT");
    return Stream.of(
        Arguments.of(everyone, everyone, true),
        Arguments.of(everyone, top, true),
        Arguments.of(everyone, partners, true),
        Arguments.of(top, Audience.tier(Tier.TOP), true),
        Arguments.of(top, bottom, false),
        Arguments.of(managers, engineers, false),
        Arguments.of(managers, Audience.role(RepRole.MANAGER), true),
        Arguments.of(emea, west, false),
        Arguments.of(emea, Audience.region("EMEA"), true),
        Arguments.of(top, emea, true),
        Arguments.of(top, managers, true),
        Arguments.of(managers, emea, true),
        Arguments.of(partners, top, false),
        Arguments.of(partners, managers, false),
        Arguments.of(partners, emea, false),
        Arguments.of(partners, ent, false),
        Arguments.of(partners, Audience.group("partners"), true));
  }

  @ParameterizedTest(name = "{0} and {1} overlap: {2}")
  @MethodSource("pairs")
  void overlapsBothWays(Audience a, Audience b, boolean overlap) {
    assertThat(a.overlaps(b)).isEqualTo(overlap);
    assertThat(b.overlaps(a)).isEqualTo(overlap);
  }

  @org.junit.jupiter.api.Test
  void printsKindAndValue() {
    assertThat(Audience.everyone()).hasToString("everyone");
    assertThat(Audience.tier(Tier.MIDDLE)).hasToString("tier MIDDLE");
    assertThat(Audience.role(RepRole.CHANNEL)).hasToString("role CHANNEL");
    assertThat(Audience.region("APAC")).hasToString("region APAC");
    assertThat(Audience.group("partners")).hasToString("group partners");
  }
}
