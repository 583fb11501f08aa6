package com.tasktable.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findById(Long id);

	boolean existsByUsername(String username);

	long count();

	UserAccount save(UserAccount account);

	List<UserAccount> findByUnitIdInOrderByUsername(Collection<Long> unitIds);

}
