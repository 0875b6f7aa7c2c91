/**
 * An example company rule pack: {@link dev.sko.examples.acme.AcmeRules}, three ACME policies
 * written with {@code Rule.builder(id)} and found through {@link java.util.ServiceLoader} only when
 * a validator opts in.
 */
@NullMarked
package dev.sko.examples.acme;

import org.jspecify.annotations.NullMarked;
