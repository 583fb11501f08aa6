package com.tasktable.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.tasktable.campaigns.CampaignCloning;
import com.tasktable.campaigns.CampaignDraft;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.StartupLock;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.Role;
import com.tasktable.users.Users.NewUser;
import com.tasktable.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once, on an empty database: accounts, a live campaign and records. A
 * database that already has the demo accounts is left alone, so a restart keeps whatever
 * the newcomer changed. Under the {@link StartupLock}: of two instances starting
 * together, the second finds the demo loaded by the first.
 */
@Component
@Order(5)
class DemoDataLoader implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoProperties properties;

	private final boolean embeddedDatabase;

	private final Users users;

	private final Units units;

	private final Campaigns campaigns;

	private final CampaignCloning cloning;

	private final DemoSeeder seeder;

	private final StartupLock startupLock;

	private final Clock clock;

	DemoDataLoader(DemoProperties properties, @Value("${spring.datasource.url:}") String datasourceUrl, Users users,
			Units units, Campaigns campaigns, CampaignCloning cloning, DemoSeeder seeder, StartupLock startupLock,
			Clock clock) {
		this.properties = properties;
		this.embeddedDatabase = datasourceUrl.isBlank();
		this.users = users;
		this.units = units;
		this.campaigns = campaigns;
		this.cloning = cloning;
		this.seeder = seeder;
		this.startupLock = startupLock;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.isEnabled(this.embeddedDatabase)) {
			return;
		}
		long started = System.nanoTime();
		int records = this.startupLock.holding((status) -> load());
		if (records > 0) {
			log.info("Loaded demo data (accounts admin, reviewer, guangxi and one per city, password '{}'): {} "
					+ "records in {} ms", PASSWORD, records, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Why the demo's returned records were returned (the demo's language is Chinese). */
	static final List<String> RETURN_REASONS = List.of("佐证材料不完整，请补充现场照片或报道链接。", "活动日期与佐证材料不一致，请核对后修改。",
			"标题未写明活动内容，请按“单位＋活动”格式填写。", "报道链接无法打开，请更换为有效链接。");

	/**
	 * Creates what is missing in the caller's transaction and returns the number of
	 * records written: on an empty database everything; later only a new live campaign,
	 * once the previous one has ended (after New Year).
	 */
	int load() {
		var source = this.campaigns.get(rootScope(), this.properties.source());
		var scope = UnitScope.of(this.units.byCode(source.rootUnitCode()));
		boolean firstRun = !this.users.exists("admin");
		var reporters = firstRun ? createAccounts(scope) : existingReporters(scope);
		List<CampaignView> toFill = new ArrayList<>();
		if (firstRun) {
			toFill.add(source);
		}
		if (this.campaigns.running(scope, this.clock).isEmpty()) {
			toFill.add(copyAsLive(source));
		}
		var reviewer = this.users.findForLogin("reviewer").map(a -> a.user().id()).orElse(null);
		int written = 0;
		int rated = 0;
		int returns = 0;
		int exempted = 0;
		for (var campaign : toFill) {
			var today = campaign.today(this.clock);
			var obligations = this.campaigns.taskTable(scope, campaign.code(), campaign.clamp(today));
			var generated = new DemoRecordGenerator(campaign, today, Instant.now(this.clock),
					campaign.code().hashCode(), reviewer, RETURN_REASONS)
				.generate(obligations, this.units.within(scope), reporters);
			returns += this.seeder.insert(generated.records());
			written += generated.records().size();
			this.seeder.insertExemptions(generated.exemptions());
			exempted += generated.exemptions().size();
			var ratings = ratings(campaign, obligations, scope, today);
			this.seeder.insertRatings(ratings);
			rated += ratings.size();
		}
		if (written + rated + returns + exempted > 0) {
			this.seeder.audit(scope.unitId(), toFill.stream().map(CampaignView::code).toList(), written, rated, returns,
					exempted);
		}
		return written;
	}

	/**
	 * Row 4: the region's yearly rating of each city (60–100, seeded) for every year of
	 * the campaign that is over.
	 */
	private List<SeedRating> ratings(CampaignView campaign, List<ObligationView> obligations, UnitScope scope,
			LocalDate today) {
		var reviewer = this.users.findForLogin("reviewer").map(a -> a.user().id()).orElse(null);
		if (reviewer == null) {
			return List.of();
		}
		var random = new Random(campaign.code().hashCode() * 31L + 4);
		var cities = this.units.within(scope).stream().filter(u -> u.level() == UnitLevel.CITY).toList();
		List<SeedRating> ratings = new ArrayList<>();
		for (var obligation : obligations) {
			if (obligation.level() != UnitLevel.CITY || obligation.terms().kind() != ObligationKind.ASSESSMENT) {
				continue;
			}
			for (int year = campaign.startDate().getYear(); year < today.getYear()
					&& year <= campaign.endDate().getYear(); year++) {
				var period = Frequency.YEAR.periodContaining(LocalDate.of(year, 1, 1));
				var ratedAt = LocalDate.of(year + 1, 1, 15).atStartOfDay(campaign.timeZone()).toInstant();
				for (var city : cities) {
					int score = 60 + random.nextInt(41);
					ratings.add(new SeedRating(city.id(), obligation.id(), period, score,
							(score >= 90) ? "舆情监测到位，回应及时" : (score >= 75) ? "总体及时，个别回应偏慢" : "回应不够及时，需加强值守", reviewer,
							ratedAt));
				}
			}
		}
		return ratings;
	}

	private Map<Long, Long> createAccounts(UnitScope scope) {
		var root = this.units.byId(scope.unitId());
		this.users.create(new NewUser("admin", "系统管理员", null, PASSWORD, root.code(), EnumSet.of(Role.ADMIN)), "system");
		this.users.create(
				new NewUser("reviewer", root.name() + "审核员", null, PASSWORD, root.code(), EnumSet.of(Role.REVIEWER)),
				"system");
		Map<Long, Long> reporters = new HashMap<>();
		for (var unit : reportingUnits(scope)) {
			var name = unit.name() + ((unit.level() == UnitLevel.REGION) ? "生态环境厅宣传处" : "生态环境局");
			var user = this.users
				.create(new NewUser(unit.code(), name, null, PASSWORD, unit.code(), Set.of(Role.REPORTER)), "system");
			reporters.put(unit.id(), user.id());
		}
		return reporters;
	}

	private Map<Long, Long> existingReporters(UnitScope scope) {
		Map<Long, Long> reporters = new HashMap<>();
		for (var unit : reportingUnits(scope)) {
			this.users.findForLogin(unit.code()).ifPresent(a -> reporters.put(unit.id(), a.user().id()));
		}
		return reporters;
	}

	private List<UnitView> reportingUnits(UnitScope scope) {
		return this.units.within(scope).stream().filter(u -> u.level() != UnitLevel.COUNTY).toList();
	}

	/**
	 * The same table as a campaign of the same length that ends with the current year:
	 * the administrator's clone, with every unit's phase dates, run and audited as
	 * {@code system}.
	 */
	private CampaignView copyAsLive(CampaignView source) {
		int endYear = source.today(this.clock).getYear();
		int years = endYear - source.endDate().getYear();
		int startYear = source.startDate().getYear() + years;
		var code = "%s-%d-%d".formatted(source.rootUnitCode(), startYear, endYear);
		var name = "%s（演示，%d—%d年）".formatted(source.name().replaceAll("（.*）$", ""), startYear, endYear);
		var nameEn = (source.nameEn() != null)
				? "%s (demo, %d–%d)".formatted(source.nameEn().replaceAll(" \\(.*\\)$", ""), startYear, endYear) : null;
		var draft = new CampaignDraft(code, name, nameEn, null, source.startDate().plusYears(years),
				source.endDate().plusYears(years), null, null, null, null);
		var everyUnit = this.units.all().stream().map(UnitView::code).collect(Collectors.toSet());
		return asSystemAdministrator(
				() -> this.cloning.cloneCampaign(rootScope(), SYSTEM, source.code(), draft, everyUnit));
	}

	/**
	 * Runs {@code work} as the system acting as an administrator, since the clone is an
	 * administrator's action; the caller's authentication, if any, is put back after.
	 */
	private static <T> T asSystemAdministrator(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private UnitScope rootScope() {
		UnitView root = this.units.roots().get(0);
		return UnitScope.of(root);
	}

}
