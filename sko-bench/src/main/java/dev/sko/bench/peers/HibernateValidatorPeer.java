package dev.sko.bench.peers;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The three rules as Hibernate Validator 9 class-level constraints on {@link KickoffPlan}. The plan
 * lives in sko-core and carries no Bean Validation annotations, so the constraints are put on it
 * with HV's programmatic {@link ConstraintMapping} API; each constraint validator reports its
 * findings as constraint violations with the location as property path and the severity as dynamic
 * payload.
 */
public final class HibernateValidatorPeer implements AutoCloseable {
  private final ValidatorFactory factory;
  private final Validator validator;

  /** A validator factory with the three constraints mapped onto {@link KickoffPlan}. */
  public HibernateValidatorPeer() {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping
        .constraintDefinition(TeamSize.class)
        .includeExistingValidators(false)
        .validatedBy(TeamSizeValidator.class);
    mapping
        .constraintDefinition(LengthCap.class)
        .includeExistingValidators(false)
        .validatedBy(LengthCapValidator.class);
    mapping
        .constraintDefinition(PlanPresent.class)
        .includeExistingValidators(false)
        .validatedBy(PlanPresentValidator.class);
    mapping
        .type(KickoffPlan.class)
        .constraint(new GenericConstraintDef<>(TeamSize.class))
        .constraint(new GenericConstraintDef<>(LengthCap.class))
        .constraint(new GenericConstraintDef<>(PlanPresent.class));
    factory = config.addMapping(mapping).buildValidatorFactory();
    validator = factory.getValidator();
  }

  /** The findings for {@code plan}, in {@link Violation#ORDER}. */
  public List<Violation> validate(KickoffPlan plan) {
    Set<ConstraintViolation<KickoffPlan>> violations = validator.validate(plan);
    List<Violation> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<KickoffPlan> v : violations) {
      @SuppressWarnings("unchecked") // HV's unwrap loses the type argument
      HibernateConstraintViolation<KickoffPlan> hv = v.unwrap(HibernateConstraintViolation.class);
      Severity severity = hv.getDynamicPayload(Severity.class);
      out.add(
          new Violation(
              ruleId(v.getConstraintDescriptor().getAnnotation()),
              severity == null ? Severity.ERROR : severity,
              v.getPropertyPath().toString(),
              v.getMessage()));
    }
    out.sort(Violation.ORDER);
    return out;
  }

  private static String ruleId(Annotation constraint) {
    Class<? extends Annotation> type = constraint.annotationType();
    if (type == TeamSize.class) {
      return Headline.TEAM_SIZE;
    }
    if (type == LengthCap.class) {
      return Headline.LENGTH_CAP;
    }
    return Headline.PLAN_PRESENT;
  }

  @Override
  public void close() {
    factory.close();
  }

  /** Reports each finding of a rule as a violation: message, path, severity as payload. */
  private static boolean report(
      ConstraintValidatorContext context, java.util.function.Consumer<Headline.Sink> check) {
    boolean[] valid = {true};
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    check.accept(
        (id, severity, path, message) -> {
          if (valid[0]) {
            hv.disableDefaultConstraintViolation();
            valid[0] = false;
          }
          hv.withDynamicPayload(severity);
          var builder = hv.buildConstraintViolationWithTemplate(escape(message));
          if (path.isEmpty()) {
            builder.addConstraintViolation();
          } else {
            builder.addPropertyNode(path).addConstraintViolation();
          }
        });
    return valid[0];
  }

  /** The message as a template that interpolates to itself. */
  private static String escape(String message) {
    StringBuilder sb = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        if (sb == null) {
          sb = new StringBuilder(message.length() + 8).append(message, 0, i);
        }
        sb.append('\\');
      }
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? message : sb.toString();
  }

  /** {@code sko.duration.team-size} as a class-level constraint. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = {})
  public @interface TeamSize {
    /** The default message (never used: the validator writes its own). */
    String message() default Headline.TEAM_SIZE;

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};
  }

  /** {@code sko.presentation.length-cap} as a class-level constraint. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = {})
  public @interface LengthCap {
    /** The default message (never used: the validator writes its own). */
    String message() default Headline.LENGTH_CAP;

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};
  }

  /** {@code sko.reinforcement.plan-present} as a class-level constraint. */
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = {})
  public @interface PlanPresent {
    /** The default message (never used: the validator writes its own). */
    String message() default Headline.PLAN_PRESENT;

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};
  }

  /** Validates {@link TeamSize}. */
  public static final class TeamSizeValidator
      implements ConstraintValidator<TeamSize, KickoffPlan> {
    /** Instantiated by Hibernate Validator. */
    public TeamSizeValidator() {}

    @Override
    public boolean isValid(KickoffPlan plan, ConstraintValidatorContext context) {
      return report(context, sink -> Headline.teamSize(plan, sink));
    }
  }

  /** Validates {@link LengthCap}. */
  public static final class LengthCapValidator
      implements ConstraintValidator<LengthCap, KickoffPlan> {
    /** Instantiated by Hibernate Validator. */
    public LengthCapValidator() {}

    @Override
    public boolean isValid(KickoffPlan plan, ConstraintValidatorContext context) {
      return report(context, sink -> Headline.lengthCap(plan, sink));
    }
  }

  /** Validates {@link PlanPresent}. */
  public static final class PlanPresentValidator
      implements ConstraintValidator<PlanPresent, KickoffPlan> {
    /** Instantiated by Hibernate Validator. */
    public PlanPresentValidator() {}

    @Override
    public boolean isValid(KickoffPlan plan, ConstraintValidatorContext context) {
      return report(context, sink -> Headline.planPresent(plan, sink));
    }
  }
}
