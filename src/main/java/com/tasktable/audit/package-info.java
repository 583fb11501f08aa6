/**
 * The audit log: who changed what, when (UTC), for which unit. Every module writes to it
 * in the same transaction as the change it records, so a change without its entry cannot
 * happen.
 */
package com.tasktable.audit;
