package com.tasktable.campaigns;

/**
 * A row of a task table for its administration page.
 *
 * @param id row id
 * @param campaignId its campaign
 * @param number row number
 * @param category category (Chinese)
 * @param categoryEn category in English
 * @param title title (Chinese)
 * @param titleEn title in English
 * @param version optimistic lock version
 */
public record TaskRowView(Long id, Long campaignId, int number, String category, String categoryEn, String title,
		String titleEn, long version) {
}
