package com.tasktable.campaigns;

import java.util.List;

import org.springframework.data.repository.Repository;

interface TaskItemRepository extends Repository<TaskItem, Long> {

	List<TaskItem> findByCampaignIdOrderByNumber(Long campaignId);

	TaskItem save(TaskItem item);

	java.util.Optional<TaskItem> findById(Long id);

	boolean existsByCampaignIdAndNumber(Long campaignId, int number);

}
