-- Problems recorded while loading, grouped by severity and message
--
-- Every row of load_issues is a record that was skipped or doubtful. See
-- them one by one with: SELECT * FROM load_issues WHERE message = '...'.
SELECT severity,
       message,
       count(*)                                        AS issues,
       min(path || coalesce(' ' || locator, ''))       AS example
FROM load_issues
GROUP BY severity, message
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
         issues DESC, message;
