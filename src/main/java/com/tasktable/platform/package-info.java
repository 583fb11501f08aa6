/**
 * Infrastructure every feature stands on: the database (embedded PostgreSQL when no
 * server is configured), web configuration, locale, error pages and the JSON error
 * format. It owns no business data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.tasktable.platform;
