package com.tasktable.campaigns;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CoverageCategoryRepository extends Repository<CoverageCategory, String> {

	List<CoverageCategory> findAllByOrderBySortOrder();

}
