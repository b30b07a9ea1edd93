package dev.newsflow.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The article field an offset points into. */
public enum TextField {
  @JsonProperty("title")
  TITLE,
  @JsonProperty("body")
  BODY
}
