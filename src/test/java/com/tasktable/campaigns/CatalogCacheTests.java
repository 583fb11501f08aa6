package com.tasktable.campaigns;

import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.tasktable.AdministrationTest;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalog's caches are right on every instance and bounded: a change written straight
 * to the database (as another instance or {@code psql} would) is seen by the next
 * request, each cache keeps a bounded number of entries, and days outside a campaign add
 * none.
 */
@AdministrationTest
class CatalogCacheTests {

	static final String CAMPAIGN = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	CacheManager caches;

	@Test
	void aChangeWrittenByAnotherInstanceIsSeenByTheNextRequest() throws Exception {
		var name = this.jdbc.queryForObject("select name from campaign where code = ?", String.class, CAMPAIGN);
		assertThat(campaignsApi()).contains(name);
		try {
			this.jdbc.update("update campaign set name = '另一实例改的名称' where code = ?", CAMPAIGN);
			assertThat(campaignsApi()).contains("另一实例改的名称");
			this.jdbc.update("""
					update obligation_version set title = title || '（另一实例改的任务）' where obligation_id = ?""",
					pressConference());
			assertThat(this.mvc
				.perform(get("/api/v1/campaigns/" + CAMPAIGN + "/obligations").with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("（另一实例改的任务）");
		}
		finally {
			this.jdbc.update("update campaign set name = ? where code = ?", name, CAMPAIGN);
			this.jdbc.update("""
					update obligation_version set title = replace(title, '（另一实例改的任务）', '')
					where obligation_id = ?""", pressConference());
			this.campaigns.evictCaches();
		}
	}

	@Test
	void everyCacheIsBoundedAndDaysOutsideTheCampaignAddNoEntries() {
		var tables = taskTables();
		assertThat(tables.policy().eviction().orElseThrow().getMaximum()).isEqualTo(200);
		var scope = UnitScope.of(this.units.byCode("guangxi"));
		var first = this.campaigns.taskTable(scope, CAMPAIGN, LocalDate.of(2018, 1, 1));
		var last = this.campaigns.taskTable(scope, CAMPAIGN, LocalDate.of(2020, 12, 31));
		tables.cleanUp();
		long entries = tables.estimatedSize();
		for (int year = 1900; year < 2100; year++) {
			if (year < 2018 || year > 2020) {
				var table = this.campaigns.taskTable(scope, CAMPAIGN, LocalDate.of(year, 7, 1));
				assertThat(table).isEqualTo((year < 2018) ? first : last);
			}
		}
		tables.cleanUp();
		assertThat(tables.estimatedSize()).isEqualTo(entries);

		var day = LocalDate.of(2018, 1, 1);
		for (int i = 0; i < 300; i++) {
			this.campaigns.taskTable(scope, CAMPAIGN, day.plusDays(i));
		}
		tables.cleanUp();
		assertThat(tables.estimatedSize()).isLessThanOrEqualTo(200);
	}

	private Long pressConference() {
		return this.jdbc.queryForObject("""
				select o.id from obligation o join campaign c on c.id = o.campaign_id
				where c.code = ? and o.code = '1.C.1'""", Long.class, CAMPAIGN);
	}

	private Cache<?, ?> taskTables() {
		return (Cache<?, ?>) this.caches.getCache(CampaignCatalog.TASK_TABLES).getNativeCache();
	}

	private String campaignsApi() throws Exception {
		return this.mvc.perform(get("/api/v1/campaigns").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
