package com.tasktable.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReturnReasonRepository extends Repository<ReturnReason, Long> {

	ReturnReason save(ReturnReason reason);

	Optional<ReturnReason> findById(Long id);

	List<ReturnReason> findAllByOrderBySortOrderAscIdAsc();

}
