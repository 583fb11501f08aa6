/**
 * Campaigns and their task tables: rows (task items), obligations per unit level with
 * effective-dated versions, per-unit phase dates and the dates of movable commemorative
 * days.
 */
package com.tasktable.campaigns;
