/**
 * The built-in rule catalogue and its profiles.
 *
 * <p>Every rule here turns a checkable claim of one of the source documents into a check with a
 * stable id ({@code sko.<area>.<name>}), typed options whose defaults are the source's figures, and
 * a citation. {@link dev.sko.rules.catalog.Profiles} bundles them into one {@link
 * dev.sko.rules.RuleSet} per school of thought: {@code recommended()}, {@code classic()}, {@code
 * behaviorChange()}, {@code accelerationSummit()}, and the {@code planningProcess()} add-on.
 */
@SkoStyle
@NullMarked
package dev.sko.rules.catalog;

import dev.sko.core.internal.SkoStyle;
import org.jspecify.annotations.NullMarked;
