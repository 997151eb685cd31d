package org.openipt.shared;

/**
 * Work the application must finish before it takes its first request (creating the first administrator, seeding
 * the demo organisation): run once on start, after the schema is migrated and before the web server opens its
 * port, so that a sign-in right after start finds what start-up created.
 */
public interface BeforeServing {

    void prepare();
}
