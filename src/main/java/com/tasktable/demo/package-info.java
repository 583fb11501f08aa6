/**
 * Demo data for a newcomer: the demo accounts (password {@code demo}), a live copy of the
 * Guangxi table running through the current year, and plausible records for both
 * campaigns. On by default with the embedded database only.
 */
package com.tasktable.demo;
