package com.tasktable.review;

import java.util.List;

import com.tasktable.IntegrationTest;
import com.tasktable.evidence.EvidenceSamples;
import com.tasktable.evidence.Upload;
import com.tasktable.records.RecordDraft;
import com.tasktable.records.RecordFixtures;
import com.tasktable.records.RecordKeeping;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page of the review queue costs the same statements whatever its rows and their files:
 * the units, the page with its total, and one statement for the evidence of all its
 * records (campaigns and task tables are cached).
 */
@IntegrationTest
class ReviewQueueStatementCountTests {

	@Autowired
	ReviewQueue queue;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void recordsWithFiles() {
		// the newest records, so on the queue's last page
		for (var unit : List.of("baise", "hechi", "chongzuo")) {
			var draft = new RecordDraft(this.fixtures.today(), unit + " 带图片的记录", null, List.of(), null, null, null,
					null);
			this.keeping.create(this.fixtures.user(unit), this.fixtures.obligation("2.C.2"), draft,
					List.of(new Upload("一.png", EvidenceSamples.png()), new Upload("二.jpg", EvidenceSamples.jpeg()),
							new Upload("三.pdf", EvidenceSamples.pdf())),
					null);
		}
	}

	@Test
	void aFullPageAndAPageOfRecordsWithFilesCostTheSame() {
		var reviewer = this.fixtures.user("reviewer");
		var last = this.queue.page(reviewer, QueueFilter.NONE, 0).totalPages() - 1;
		assertThat(last).as("the demo fills more than one page").isPositive();

		QueryCountHolder.clear();
		var full = this.queue.page(reviewer, QueueFilter.NONE, 0);
		long fullPage = QueryCountHolder.getGrandTotal().getTotal();
		QueryCountHolder.clear();
		var withFiles = this.queue.page(reviewer, QueueFilter.NONE, last);
		long filesPage = QueryCountHolder.getGrandTotal().getTotal();

		assertThat(full.rows()).hasSize(ReviewQueue.PAGE_SIZE);
		assertThat(withFiles.rows().stream().mapToInt(r -> withFiles.evidenceOf(r).size()).sum())
			.isGreaterThanOrEqualTo(9);
		assertThat(fullPage).as("units, the page with its total, the page's evidence").isEqualTo(3);
		assertThat(filesPage).isEqualTo(fullPage);
	}

	@Test
	void theWholePageTooCostsTheSameWhateverItsRows() throws Exception {
		var session = signIn(this.mvc, "reviewer");
		var last = this.queue.page(this.fixtures.user("reviewer"), QueueFilter.NONE, 0).totalPages() - 1;
		statements(session, "/review");
		long first = statements(session, "/review");
		long lastPage = statements(session, "/review?page=" + last);
		assertThat(lastPage).isEqualTo(first);
	}

	private long statements(MockHttpSession session, String url) throws Exception {
		QueryCountHolder.clear();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
