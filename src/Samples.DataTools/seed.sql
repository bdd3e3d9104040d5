-- The sample sales database of the DataTools tool pack, created at silo start in a temporary file.
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    unit_price REAL NOT NULL
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    region TEXT NOT NULL
);

CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    quantity INTEGER NOT NULL,
    sold_on TEXT NOT NULL
);

INSERT INTO products (id, name, category, unit_price) VALUES
    (1, 'Trail Runner Shoe', 'Footwear', 89.90),
    (2, 'Rain Shell Jacket', 'Apparel', 149.00),
    (3, 'Merino Base Layer', 'Apparel', 64.50),
    (4, 'Headlamp 400lm', 'Equipment', 39.95),
    (5, 'Trekking Poles', 'Equipment', 74.00),
    (6, 'Hydration Pack 12L', 'Equipment', 58.25),
    (7, 'Wool Hiking Socks', 'Apparel', 18.00),
    (8, 'Approach Shoe', 'Footwear', 129.00);

INSERT INTO customers (id, name, region) VALUES
    (1, 'Alpine Outfitters', 'North'),
    (2, 'Coastline Sports', 'West'),
    (3, 'Desert Trail Co', 'South'),
    (4, 'Lakeside Gear', 'North'),
    (5, 'Summit Supply', 'East'),
    (6, 'Valley Runners', 'West');

INSERT INTO sales (id, product_id, customer_id, quantity, sold_on) VALUES
    (1, 1, 1, 12, '2026-01-05'),
    (2, 2, 1, 4, '2026-01-07'),
    (3, 7, 2, 40, '2026-01-09'),
    (4, 4, 3, 15, '2026-01-12'),
    (5, 5, 4, 6, '2026-01-15'),
    (6, 3, 5, 20, '2026-01-18'),
    (7, 8, 6, 5, '2026-01-21'),
    (8, 6, 2, 9, '2026-01-25'),
    (9, 1, 3, 7, '2026-02-02'),
    (10, 2, 4, 3, '2026-02-04'),
    (11, 7, 5, 55, '2026-02-08'),
    (12, 4, 6, 11, '2026-02-10'),
    (13, 5, 1, 8, '2026-02-14'),
    (14, 3, 2, 16, '2026-02-17'),
    (15, 8, 3, 4, '2026-02-20'),
    (16, 6, 4, 13, '2026-02-24'),
    (17, 1, 5, 18, '2026-03-03'),
    (18, 2, 6, 6, '2026-03-06'),
    (19, 7, 1, 35, '2026-03-09'),
    (20, 4, 2, 22, '2026-03-12'),
    (21, 5, 3, 2, '2026-03-16'),
    (22, 3, 4, 25, '2026-03-19'),
    (23, 8, 5, 9, '2026-03-23'),
    (24, 6, 6, 7, '2026-03-27'),
    (25, 1, 2, 14, '2026-04-01'),
    (26, 2, 3, 5, '2026-04-04'),
    (27, 7, 4, 48, '2026-04-08'),
    (28, 4, 5, 19, '2026-04-11'),
    (29, 5, 6, 10, '2026-04-15'),
    (30, 3, 1, 21, '2026-04-19');
