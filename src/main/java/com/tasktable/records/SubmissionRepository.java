package com.tasktable.records;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface SubmissionRepository extends Repository<FormSubmission, UUID> {

	Optional<FormSubmission> findById(UUID token);

	FormSubmission saveAndFlush(FormSubmission submission);

}
