package com.tasktable.campaigns;

/**
 * A row of the task table as an administrator enters it.
 *
 * @param number the row number, unique in its campaign
 * @param category the work item's category (Chinese)
 * @param categoryEn in English, may be blank
 * @param title the row's title (Chinese)
 * @param titleEn in English, may be blank
 */
public record TaskRowDraft(Integer number, String category, String categoryEn, String title, String titleEn) {
}
