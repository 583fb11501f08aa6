package com.tasktable.review.web;

/** A unit's rating for the year: a score of 0–100 and a comment. */
class RatingForm {

	private Integer score;

	private String comment;

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
