/**
 * Dashboards: the compliance matrix of units × obligations per quarter, unit percentages,
 * trends and their exports. Reads the cached task table, the units in scope and every
 * counting record in one statement each, then lets the plain-Java compliance engine
 * judge; nothing here decides a status itself.
 */
package com.tasktable.dashboards;
