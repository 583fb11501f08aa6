package com.tasktable.records;

import java.time.Clock;
import java.time.LocalDate;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Users;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Looks up demo data for record tests: the live campaign, obligation ids by code,
 * signed-in sessions.
 */
@Component
public class RecordFixtures {

	private final Campaigns campaigns;

	private final Units units;

	private final Users users;

	private final Clock clock;

	RecordFixtures(Campaigns campaigns, Units units, Users users, Clock clock) {
		this.campaigns = campaigns;
		this.units = units;
		this.users = users;
		this.clock = clock;
	}

	public CampaignView live() {
		return this.campaigns.running(root(), this.clock).orElseThrow();
	}

	public LocalDate today() {
		return live().today(this.clock);
	}

	public Long obligation(String code) {
		return this.campaigns.obligation(root(), live().code(), code).id();
	}

	public CurrentUser user(String username) {
		return this.users.findForLogin(username).orElseThrow().user();
	}

	public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private UnitScope root() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

}
