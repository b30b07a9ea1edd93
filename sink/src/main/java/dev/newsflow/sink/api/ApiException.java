package dev.newsflow.sink.api;

/** A request that cannot be answered, with the HTTP status and a message for the client. */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  private ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** 400: a parameter is missing or malformed. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 404: no such resource. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** 502: the instance owning the data answered with an error. */
  public static ApiException badGateway(String message) {
    return new ApiException(502, message);
  }

  /** 503: the stores are not ready (starting or rebalancing); the client should retry. */
  public static ApiException unavailable(String message) {
    return new ApiException(503, message);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }
}
