package com.smartpick.advising.smartpick.preview.api;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.TooManyPreviewsException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview as JSON, for anyone: {@link PreviewService} checks the profile and counts the client against the same
 * rate limit as the page. Refusals are problem details (RFC 9457); a bad request names each bad field in
 * {@code errors}, and costs no preview: it never reaches the engine. A body too long, a wrong method or content type
 * are Spring's refusals, answered alike by the plugin ({@code plugin/ApiRefusals}).
 */
@RestController
class EstimateController {

    private final PreviewService previews;
    private final String specialtiesPath;

    EstimateController(PreviewService previews, AdvisingProperties properties) {
        this.previews = previews;
        this.specialtiesPath = properties.apiPath() + SmartPickApi.SPECIALTIES;
    }

    @GetMapping(SmartPickApi.SPECIALTIES)
    List<SpecialtyCode> specialties() {
        return Arrays.stream(Specialty.values()).map(s -> new SpecialtyCode(s.name(), s.nrmpName())).toList();
    }

    /** The body is read here, not bound by Spring, so that a long one is cut short and every bad field is named. */
    @PostMapping(path = SmartPickApi.ESTIMATE, consumes = MediaType.APPLICATION_JSON_VALUE)
    EstimateResponse estimate(HttpServletRequest request) throws IOException {
        EstimateRequest estimate = EstimateRequest.read(request.getInputStream(), specialtiesPath);
        Map<String, String> errors = estimate.errors(previews.problems(estimate.profile()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the client's address is the rate limit's key and goes nowhere else
        return EstimateResponse.from(previews.preview(request.getRemoteAddr(), estimate.profile()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidInputException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or wrong: errors names each with what to give instead.");
        problem.setProperty("errors", invalid.fieldErrors());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> limited(TooManyPreviewsException limited) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, limited.getMessage()));
    }
}
