-- Working calendar (lịch làm việc): days that differ from the Monday-Friday rule.
-- kind: 'holiday' (statutory day off), 'day_off' (compensatory or announced extra day off),
-- 'working' (make-up Saturday or other day worked in exchange).
CREATE TABLE calendar_year (
    year        integer PRIMARY KEY,
    provisional boolean NOT NULL,
    source      text NOT NULL,
    version     integer NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_day (
    day   date PRIMARY KEY,
    kind  text NOT NULL CHECK (kind IN ('holiday', 'day_off', 'working')),
    name  text NOT NULL
);

-- Office hours per province (giờ hành chính); one row, editable.
CREATE TABLE office_hours (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    morning_start   time NOT NULL DEFAULT '07:00',
    morning_end     time NOT NULL DEFAULT '11:30',
    afternoon_start time NOT NULL DEFAULT '13:30',
    afternoon_end   time NOT NULL DEFAULT '17:00'
);
INSERT INTO office_hours DEFAULT VALUES;
