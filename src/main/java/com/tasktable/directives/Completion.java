package com.tasktable.directives;

/**
 * A unit's answer to a directive: a response, a link, or both.
 *
 * @param response what the unit did or answers, may be blank
 * @param responseLink an http(s) link to what the unit published, may be blank
 * @param version the assignment's version the reporter saw, for optimistic locking
 */
public record Completion(String response, String responseLink, long version) {
}
