package com.tasktable.platform;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In-memory caches for data that changes only when an administrator edits it (campaigns,
 * task tables, the unit tree): dashboards then cost a constant, small number of SQL
 * statements. Every cache is bounded (Caffeine, {@code app.caches.*}): an entry is keyed
 * by what the caller asks, and a caller must not be able to grow the heap. Entries are
 * kept under a revision the database moves with the data, so they are right on every
 * instance (see {@code campaigns.CampaignCatalog}).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManager cacheManager(CacheProperties properties) {
		var manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder()
			.maximumSize(properties.maximumSize())
			.expireAfterAccess(properties.expireAfterAccess()));
		return manager;
	}

	/**
	 * @param maximumSize the entries each cache keeps at most (least recently used go
	 * first)
	 * @param expireAfterAccess an entry unused this long is dropped
	 */
	@ConfigurationProperties("app.caches")
	record CacheProperties(@DefaultValue("200") long maximumSize, @DefaultValue("1h") Duration expireAfterAccess) {
	}

}
