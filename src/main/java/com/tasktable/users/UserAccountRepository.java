package com.tasktable.users;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findById(Long id);

	boolean existsByUsername(String username);

	long count();

	UserAccount save(UserAccount account);

}
