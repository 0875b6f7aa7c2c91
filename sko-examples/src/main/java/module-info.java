/** Runnable examples of sko: sample plans, a company rule pack, the walkthrough. */
@org.jspecify.annotations.NullMarked
module dev.sko.examples {
  requires dev.sko.core;
  requires dev.sko.rules;
  requires dev.sko.json;
  requires static org.jspecify;

  exports dev.sko.examples;
  exports dev.sko.examples.acme;
  exports dev.sko.examples.plans;

  provides dev.sko.rules.RuleProvider with
      dev.sko.examples.acme.AcmeRules;
}
