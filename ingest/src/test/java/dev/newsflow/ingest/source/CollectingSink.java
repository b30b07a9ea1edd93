package dev.newsflow.ingest.source;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader found, for assertions. */
public final class CollectingSink implements CandidateSink {

  /** Every candidate accepted, in order. */
  public final List<Candidate> candidates = new ArrayList<>();

  /** Every rejection as {@code origin: reason}, in order. */
  public final List<String> rejections = new ArrayList<>();

  @Override
  public void accept(Candidate candidate) {
    candidates.add(candidate);
  }

  @Override
  public void reject(String origin, String reason) {
    rejections.add(origin + ": " + reason);
  }
}
