/**
 * The sales kickoff domain: an immutable {@link dev.sko.core.KickoffPlan} and the pure computations
 * on it (cost and return, tiering, metric lift, phases). It knows nothing about rules.
 */
@org.jspecify.annotations.NullMarked
@SuppressWarnings("module") // the qualified export names modules that are compiled after this one
module dev.sko.core {
  requires transitive org.jspecify;
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.sko.core;
  // The shared Immutables style: for the sko modules that generate values, not for users.
  exports dev.sko.core.internal to
      dev.sko.rules,
      dev.sko.testing;
  // The model's shape: for the plan file formats and path resolution, not for users.
  exports dev.sko.core.shape to
      dev.sko.json,
      dev.sko.rules;
}
