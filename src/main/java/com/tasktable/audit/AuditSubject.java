package com.tasktable.audit;

/**
 * A thing an audit entry is about, as readers know it.
 *
 * @param label its name, e.g. a record's title or a unit's name
 * @param link the page that shows it, null when there is none for every reader
 */
public record AuditSubject(String label, String link) {
}
