package com.tasktable.campaigns;

import java.util.Locale;
import java.util.regex.Pattern;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An obligation reads by its short name first, its code small beside it, on the screens
 * and in the texts that name one, in the reader's language.
 */
@IntegrationTest
class NamesFirstTests {

	private static final String OLD = "guangxi-2018-2020";

	private static final Pattern NAMED = Pattern
		.compile("<span class=\"obligation-name\">([^<]*)</span>\\s*<span\\s+class=\"obligation-code\">([^<]*)</span>");

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

	@Autowired
	MockMvc mvc;

	@Test
	void theNameComesFirstAndTheCodeBesideIt() {
		var view = new ObligationView(1L, 1L, "1.C.1", "新闻发布会", "Press conference", null, 1, null, null, null, null,
				null, null, null, null, null, null, null);
		assertThat(view.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("新闻发布会");
		assertThat(view.displayNameWithCode(Locale.ENGLISH)).isEqualTo("Press conference 1.C.1");
	}

	@Test
	void aCitysRecordsFilterOffersCityObligationsByName() throws Exception {
		var html = page("/records?campaign=" + OLD, "nanning");
		var filter = html.substring(html.indexOf("id=\"obligation\""),
				html.indexOf("</select>", html.indexOf("id=\"obligation\"")));
		assertThat(filter).contains(">新闻发布会 1.C.1<").doesNotContain("1.R.1").doesNotContain(".R.");
		var reviewer = page("/records?campaign=" + OLD, "reviewer");
		assertThat(reviewer).contains(">新闻发布会 1.R.1<", ">新闻发布会 1.C.1<");
		// the list names each record's obligation
		var names = NAMED.matcher(html);
		assertThat(names.find()).isTrue();
		assertThat(names.group(2)).matches("\\d+\\.C\\.\\d+");
	}

	@Test
	void theReviewQueueNamesTasksInEnglishForAnEnglishReader() throws Exception {
		var html = page("/review?lang=en", "reviewer");
		var names = NAMED.matcher(html);
		int found = 0;
		while (names.find()) {
			assertThat(names.group(1)).as(names.group(2)).doesNotContainPattern(CJK);
			found++;
		}
		assertThat(found).as("the queue has pending records").isPositive();
		var chinese = NAMED.matcher(page("/review", "reviewer"));
		assertThat(chinese.find()).isTrue();
		assertThat(chinese.group(1)).containsPattern(CJK);
	}

	@Test
	void rankingsAndTheBulletinNameTheItemsLost() throws Exception {
		var rankings = page("/rankings?campaign=" + OLD + "&year=2019&month=6", "reviewer");
		var lost = rankings.substring(rankings.indexOf("<tbody"));
		assertThat(NAMED.matcher(lost).find()).as("lost items by name").isTrue();
		var bulletin = page("/bulletin?campaign=" + OLD + "&year=2019&month=6", "reviewer");
		assertThat(bulletin).containsPattern("市（[^）]*\\p{IsHan}+ \\d+\\.C\\.\\d+");
		assertThat(bulletin).doesNotContainPattern("市（\\d+\\.C\\.\\d+");
		assertThat(bulletin).containsPattern("\\p{IsHan}+ \\d+\\.C\\.\\d+ 失分");
		var english = page("/bulletin?campaign=" + OLD + "&year=2019&month=6&lang=en", "reviewer");
		assertThat(english).containsPattern("\\(([A-Za-z/ -]+ \\d+\\.C\\.\\d+(, )?)+\\)");
	}

	@Test
	void aRecordsPageAndAUnitsScoreNameTheObligation() throws Exception {
		var score = page("/scores/nanning?campaign=" + OLD + "&year=2019&month=6", "reviewer");
		var item = NAMED.matcher(score.substring(score.indexOf("id=\"item-1.C.1\"")));
		assertThat(item.find()).isTrue();
		assertThat(item.group(1)).isEqualTo("新闻发布会");
		var records = page("/records?campaign=" + OLD + "&unit=nanning", "reviewer");
		var link = Pattern.compile("href=\"(/records/\\d+)\"").matcher(records);
		assertThat(link.find()).isTrue();
		var record = page(link.group(1), "reviewer");
		assertThat(NAMED.matcher(record).find()).isTrue();
	}

	@Test
	void exemptionsAndRatingsNameTheObligationBesideItsCode() throws Exception {
		// the demo exempts one city each year from the yearly range it may skip (13.C.1)
		var exemptions = page("/review/exemptions?campaign=" + OLD, "reviewer");
		var listed = NAMED.matcher(exemptions.substring(exemptions.indexOf("id=\"exemptions-table\"")));
		assertThat(listed.find()).isTrue();
		assertThat(listed.group(1)).containsPattern(CJK);
		assertThat(listed.group(2)).isEqualTo("13.C.1");
		assertThat(exemptions).doesNotContain("<td class=\"code\">")
			.containsPattern("<option value=\"1\\.C\\.1\">新闻发布会 1\\.C\\.1</option>");
		var ratings = page("/review/ratings?campaign=" + OLD + "&year=2019", "reviewer");
		var rated = NAMED.matcher(ratings.substring(ratings.indexOf("id=\"ratings-table\"")));
		assertThat(rated.find()).isTrue();
		assertThat(rated.group(1)).containsPattern(CJK);
		assertThat(rated.group(2)).isEqualTo("4.C.1");
		assertThat(ratings).doesNotContain("<td class=\"code\">");
		var form = page("/review/ratings/edit?campaign=" + OLD + "&year=2019&obligation=4.C.1&unit=nanning",
				"reviewer");
		assertThat(form).containsPattern("<h1 class=\"h3\">南宁市 · \\p{IsHan}+ 4\\.C\\.1 · 2019 年度评价</h1>");
	}

	@Test
	void theWeightsPageLabelsEachWeightWithTheObligationsName() throws Exception {
		var weights = page("/admin/campaigns/" + OLD + "/weights?level=CITY", "admin");
		var label = Pattern
			.compile("<label class=\"obligation\" for=\"w-1\\.C\\.1\"><span class=\"obligation-name\">([^<]*)</span>")
			.matcher(weights);
		assertThat(label.find()).isTrue();
		assertThat(label.group(1)).isEqualTo("新闻发布会");
		assertThat(weights).doesNotContain("<td class=\"code\">");
		var english = page("/admin/campaigns/" + OLD + "/weights?level=CITY&lang=en", "admin");
		var names = NAMED.matcher(english.substring(english.indexOf("id=\"weights-form\"")));
		assertThat(names.find()).isTrue();
		assertThat(names.group(1)).doesNotContainPattern(CJK);
	}

	private String page(String path, String user) throws Exception {
		return this.mvc.perform(get(path).session(signIn(this.mvc, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
