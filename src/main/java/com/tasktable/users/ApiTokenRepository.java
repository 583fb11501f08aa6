package com.tasktable.users;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

	ApiToken save(ApiToken token);

}
