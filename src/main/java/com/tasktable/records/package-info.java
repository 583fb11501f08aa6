/**
 * Activity records: what a unit did for an obligation, on which date, with what evidence,
 * and where the record stands in review. The activity date, not the logging time, decides
 * the period a record counts for.
 */
package com.tasktable.records;
