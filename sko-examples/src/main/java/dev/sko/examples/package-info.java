/**
 * Runnable examples of sko. {@link dev.sko.examples.Walkthrough} is the README's first command: it
 * validates sample plans under the built-in profiles and prints a review of each.
 */
@NullMarked
package dev.sko.examples;

import org.jspecify.annotations.NullMarked;
