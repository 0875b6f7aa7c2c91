package dev.sko.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.AudienceKind;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CallForContent;
import dev.sko.core.CoachingPlan;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CostItem;
import dev.sko.core.DayLength;
import dev.sko.core.Direction;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.QaStyle;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SubmissionState;
import dev.sko.core.Survey;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.TierPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes a plan to a generator in the canonical form: properties in the order the schema lists
 * them, absent optional values, empty lists and sets, and values equal to the model's default left
 * out, sets in the enum's declaration order. The same plan therefore always gives the same text.
 */
final class PlanWriter {
  private final JsonGenerator g;

  PlanWriter(JsonGenerator g) {
    this.g = g;
  }

  @FunctionalInterface
  interface ElementWriter<T> {
    void write(T value) throws IOException;
  }

  void plan(KickoffPlan plan) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", PlanJson.FORMAT_VERSION);
    g.writeStringField("name", plan.name());
    text("theme", plan.theme());
    constant("format", plan.format());
    constant("venue", plan.venue());
    g.writeStringField("startDate", plan.startDate().toString());
    g.writeNumberField("headcount", plan.headcount());
    list("days", plan.days(), this::day);
    list("outcomes", plan.outcomes(), this::outcome);
    list("roster", plan.roster(), this::rep);
    if (plan.tierPolicy().isPresent()) {
      g.writeFieldName("tierPolicy");
      tierPolicy(plan.tierPolicy().get());
    }
    list("metricTargets", plan.metricTargets(), this::metricTarget);
    list("reinforcement", plan.reinforcement(), this::activity);
    list("surveys", plan.surveys(), this::survey);
    list("prework", plan.prework(), this::prework);
    list("managerCommitments", plan.managerCommitments(), this::commitment);
    constants("recognitionCategories", plan.recognitionCategories());
    if (plan.budget().isPresent()) {
      g.writeFieldName("budget");
      budget(plan.budget().get());
    }
    if (plan.planning().isPresent()) {
      g.writeFieldName("planning");
      planning(plan.planning().get());
    }
    g.writeEndObject();
  }

  private void day(AgendaDay day) throws IOException {
    g.writeStartObject();
    unlessDefault("length", day.length(), DayLength.FULL);
    text("label", day.label());
    list("sessions", day.sessions(), this::session);
    g.writeEndObject();
  }

  private void session(Session s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    constant("kind", s.kind());
    g.writeStringField("start", s.start().toString());
    duration("talkTime", s.talkTime());
    if (!s.qaTime().isZero()) {
      duration("qaTime", s.qaTime());
    }
    unlessDefault("qaStyle", s.qaStyle(), QaStyle.NONE);
    list("presenters", s.presenters(), this::presenter);
    if (!s.audience().equals(Audience.everyone())) {
      g.writeFieldName("audience");
      audience(s.audience());
    }
    unlessDefault("room", s.room(), RoomKind.MAIN_STAGE);
    if (s.recorded()) {
      g.writeBooleanField("recorded", true);
    }
    integer("groupSize", s.groupSize());
    if (s.rotationInterval().isPresent()) {
      duration("rotationInterval", s.rotationInterval().get());
    }
    constants("customerMix", s.customerMix());
    constants("topics", s.topics());
    texts("contentOwners", s.contentOwners());
    g.writeEndObject();
  }

  private void presenter(Presenter p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", p.name());
    constant("role", p.role());
    text("region", p.region());
    g.writeEndObject();
  }

  private void audience(Audience a) throws IOException {
    g.writeStartObject();
    constant("kind", a.kind());
    if (a.kind() == AudienceKind.TIER && a.tier().isPresent()) {
      constant("tier", a.tier().get());
    }
    if (a.kind() == AudienceKind.ROLE && a.role().isPresent()) {
      constant("role", a.role().get());
    }
    text("name", a.name());
    g.writeEndObject();
  }

  private void outcome(Outcome o) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", o.title());
    if (o.metric().isPresent()) {
      g.writeFieldName("metric");
      metric(o.metric().get());
    }
    texts("weeklyActions", o.weeklyActions());
    texts("monthlyActions", o.monthlyActions());
    texts("quarterlyActions", o.quarterlyActions());
    g.writeEndObject();
  }

  private void metric(Metric m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    constant("category", m.category());
    g.writeStringField("unit", m.unit());
    constant("indicator", m.indicator());
    unlessDefault("direction", m.direction(), Direction.INCREASE);
    g.writeEndObject();
  }

  private void rep(Rep r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    unlessDefault("role", r.role(), RepRole.ACCOUNT_EXECUTIVE);
    text("region", r.region());
    text("manager", r.manager());
    if (r.monthlyQuota().isPresent()) {
      g.writeFieldName("monthlyQuota");
      money(r.monthlyQuota().get());
    }
    number("trailingAttainment", r.trailingAttainment());
    text("q1Goal", r.q1Goal());
    if (r.coachingPlan().isPresent()) {
      g.writeFieldName("coachingPlan");
      coachingPlan(r.coachingPlan().get());
    }
    g.writeEndObject();
  }

  private void coachingPlan(CoachingPlan c) throws IOException {
    g.writeStartObject();
    g.writeStringField("focus", c.focus());
    if (!c.written()) {
      g.writeBooleanField("written", false);
    }
    if (!c.agreedWithManager()) {
      g.writeBooleanField("agreedWithManager", false);
    }
    g.writeEndObject();
  }

  private void tierPolicy(TierPolicy t) throws IOException {
    g.writeStartObject();
    if (t.announced()) {
      g.writeBooleanField("announced", true);
    }
    if (t.lookbackMonths() != TierPolicy.DEFAULT_LOOKBACK_MONTHS) {
      g.writeNumberField("lookbackMonths", t.lookbackMonths());
    }
    g.writeEndObject();
  }

  private void metricTarget(MetricTarget t) throws IOException {
    g.writeStartObject();
    g.writeFieldName("metric");
    metric(t.metric());
    g.writeNumberField("baseline", t.baseline());
    g.writeNumberField("target", t.target());
    unlessDefault("direction", t.direction(), t.metric().direction());
    text("owner", t.owner());
    if (t.indicator().isPresent()) {
      constant("indicator", t.indicator().get());
    }
    if (t.measurementDay().isPresent()) {
      day("measurementDay", t.measurementDay().get());
    }
    g.writeEndObject();
  }

  private void activity(ReinforcementActivity a) throws IOException {
    g.writeStartObject();
    constant("kind", a.kind());
    text("description", a.description());
    unlessDefault("cadence", a.cadence(), Cadence.ONCE);
    day("firstDay", a.firstDay());
    if (!a.lastDay().equals(a.firstDay())) {
      day("lastDay", a.lastDay());
    }
    duration("length", a.length());
    text("owner", a.owner());
    constants("participants", a.participants());
    ActivityKind kind = a.kind();
    if (a.managerFollowUp() != kind.isManagerCoaching()) {
      g.writeBooleanField("managerFollowUp", a.managerFollowUp());
    }
    g.writeEndObject();
  }

  private void survey(Survey s) throws IOException {
    g.writeStartObject();
    constant("kind", s.kind());
    day("day", s.day());
    if (s.anonymous()) {
      g.writeBooleanField("anonymous", true);
    }
    list("questions", s.questions(), this::question);
    g.writeEndObject();
  }

  private void question(SurveyQuestion q) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", q.text());
    constant("kind", q.kind());
    g.writeEndObject();
  }

  private void prework(PreworkItem p) throws IOException {
    g.writeStartObject();
    constant("kind", p.kind());
    g.writeStringField("title", p.title());
    day("dueDay", p.dueDay());
    if (p.length().isPresent()) {
      duration("length", p.length().get());
    }
    unlessDefault("audience", p.audience(), PreworkAudience.REPS);
    g.writeEndObject();
  }

  private void commitment(ManagerCommitment c) throws IOException {
    g.writeStartObject();
    g.writeStringField("manager", c.manager());
    constant("coachingCadence", c.coachingCadence());
    g.writeFieldName("metric");
    metric(c.metric());
    if (!c.written()) {
      g.writeBooleanField("written", false);
    }
    g.writeEndObject();
  }

  private void budget(Budget b) throws IOException {
    g.writeStartObject();
    g.writeStringField("currency", b.currency().getCurrencyCode());
    list("items", b.items(), this::costItem);
    if (b.averageMonthlyQuota().isPresent()) {
      g.writeFieldName("averageMonthlyQuota");
      money(b.averageMonthlyQuota().get());
    }
    g.writeEndObject();
  }

  private void costItem(CostItem c) throws IOException {
    g.writeStartObject();
    constant("category", c.category());
    g.writeStringField("description", c.description());
    g.writeFieldName("amount");
    money(c.amount());
    g.writeEndObject();
  }

  private void money(Money m) throws IOException {
    g.writeStartObject();
    g.writeStringField("amount", m.amount().toPlainString());
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  private void planning(PlanningData p) throws IOException {
    g.writeStartObject();
    list("coreTeam", p.coreTeam(), this::coreTeamMember);
    if (p.callForContent().isPresent()) {
      g.writeFieldName("callForContent");
      callForContent(p.callForContent().get());
    }
    list("milestones", p.milestones(), this::milestone);
    if (p.statusDate().isPresent()) {
      g.writeStringField("statusDate", p.statusDate().get().toString());
    }
    g.writeEndObject();
  }

  private void coreTeamMember(CoreTeamMember m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    constant("role", m.role());
    g.writeEndObject();
  }

  private void callForContent(CallForContent c) throws IOException {
    g.writeStartObject();
    day("opensOn", c.opensOn());
    g.writeNumberField("openForDays", c.openForDays());
    list("submissions", c.submissions(), this::submission);
    g.writeEndObject();
  }

  private void submission(ContentSubmission s) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", s.title());
    constant("type", s.type());
    unlessDefault("state", s.state(), SubmissionState.TRIAGE);
    g.writeEndObject();
  }

  private void milestone(PhaseMilestone m) throws IOException {
    g.writeStartObject();
    constant("phase", m.phase());
    day("start", m.start());
    day("end", m.end());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------

  private void text(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private void texts(String name, List<String> values) throws IOException {
    list(name, values, g::writeString);
  }

  private void integer(String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  private void number(String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsDouble());
    }
  }

  private void duration(String name, Duration value) throws IOException {
    g.writeStringField(name, value.toString());
  }

  private void day(String name, RelativeDay value) throws IOException {
    g.writeStringField(name, value.toString());
  }

  private void constant(String name, Enum<?> value) throws IOException {
    g.writeStringField(name, value.name());
  }

  private <E extends Enum<E>> void unlessDefault(String name, E value, E defaultValue)
      throws IOException {
    if (value != defaultValue) {
      constant(name, value);
    }
  }

  private <E extends Enum<E>> void constants(String name, Set<E> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    List<E> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    g.writeArrayFieldStart(name);
    for (E e : sorted) {
      g.writeString(e.name());
    }
    g.writeEndArray();
  }

  private <T> void list(String name, List<T> values, ElementWriter<T> element) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T value : values) {
      element.write(value);
    }
    g.writeEndArray();
  }
}
