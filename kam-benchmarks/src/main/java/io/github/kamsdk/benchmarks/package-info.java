/** JMH benchmarks of the SDK, each against a hand-written baseline in the same run. */
package io.github.kamsdk.benchmarks;
