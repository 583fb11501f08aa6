/**
 * The audit log: who changed what, when (UTC), for which unit. Every module writes to it
 * in the same transaction as the change it records, so a change without its entry cannot
 * happen. Reviewers and administrators read it, filtered, within their unit scope; that
 * scope is why this module depends on units, and never the other way round.
 */
package com.tasktable.audit;
