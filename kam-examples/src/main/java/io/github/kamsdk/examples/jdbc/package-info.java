/**
 * Persistence as a host does it: {@link io.github.kamsdk.examples.jdbc.KamStore} keeps the SDK's
 * accounts, team, ledger events, compensation plans and pay statements in a relational database
 * through plain JDBC, and reads them back into the SDK's value types. Its class comment says how a
 * host maps its own tables to those types; {@code KamStoreTest} runs the round trips on an in-process
 * H2 database.
 */
package io.github.kamsdk.examples.jdbc;
