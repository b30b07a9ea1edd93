package dev.newsflow.sink.api;

/**
 * The JSON body of every error response.
 *
 * @param status HTTP status code
 * @param error HTTP reason phrase, e.g. "Not Found"
 * @param message what went wrong, for people
 */
public record ApiError(int status, String error, String message) {

  /** The error with the standard reason phrase of the status. */
  public static ApiError of(int status, String message) {
    return new ApiError(status, reason(status), message);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
