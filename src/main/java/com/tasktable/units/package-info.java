/**
 * The unit tree (region, city, county) and unit scope: which units a user may see. A
 * unit's materialised path makes "this unit and everything below it" one indexed
 * comparison, in Java and in SQL alike.
 */
package com.tasktable.units;
